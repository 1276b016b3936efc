package ca.gc.cpa.config;

import ca.gc.cpa.forms.CompletionRefusals;
import ca.gc.cpa.i18n.UserMessage;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.identity.PasswordRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST API as the web apps' ({@code /camunda/api/engine}) and other systems' ({@code /engine-rest})
 * entry point, before the engine sees a request:
 * <ul>
 *   <li>only an administrator runs a job by hand (the engine checks the rights inside the job, and records a
 *       refusal as a failed attempt: a retry spent, the timer put off);</li>
 *   <li>a body over {@value #MAX_BYTES} bytes is refused with 413 (an administrator's deployment may have up to
 *       {@value #MAX_DEPLOYMENT_BYTES});</li>
 *   <li>an {@code Object} variable (a Java class the server would instantiate) or a transient value (one the
 *       engine keeps for the command only, out of the history's sight) is refused with 400 unless an
 *       administrator sends it;</li>
 *   <li>a completion or a start refused by the form check answers 400 with the check's message
 *       ({@link CompletionRefusals}), not the 500 the engine's REST API gives an exception of a task listener, nor
 *       the process definition's id it puts before a start form's refusal;</li>
 *   <li>a new password the policy refuses answers 400 with the policy, not the engine's 500;</li>
 *   <li>a change refused to a user who is not an administrator answers 403 without the engine's explanation,
 *       which names the process of the task or instance.</li>
 * </ul>
 */
@Component
public class EngineRestGuard extends OncePerRequestFilter {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_DEPLOYMENT_BYTES = 20 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** the engine's message for a password the policy refuses, which its REST API answers with 500 */
  private static final String WEAK_PASSWORD = "Password does not match policy";
  private static final Pattern RUN_JOB = Pattern.compile("/job/[^/]+/execute$");

  private final IdentityService identity;

  public EngineRestGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/engine/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    boolean admin = isAdministrator();
    if (!admin && RUN_JOB.matcher(request.getRequestURI()).find()) {
      // the engine checks the rights inside the job and records a refusal as the job's failed attempt
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "You are not allowed to do this.");
      return;
    }
    int limit = admin && request.getRequestURI().endsWith("/deployment/create") ? MAX_DEPLOYMENT_BYTES : MAX_BYTES;
    byte[] body = request.getContentLengthLong() > limit ? null : read(request.getInputStream(), limit);
    if (body == null) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body must be at most " + limit + " bytes");
      return;
    }
    String special = !admin && isJson(request) ? specialValue(body) : null;
    if (special != null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, special);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    CompletionRefusals.take();
    try {
      chain.doFilter(new CachedBody(request, body), buffered);
    } finally {
      FormFieldValidationException refusal = CompletionRefusals.take();
      if (refusal != null && buffered.getStatus() >= 400) {
        // the check's own message: the REST API answers a task listener's refusal with 500, a start form's with 400
        // and a sentence of its own before the check's ("Cannot instantiate process definition <id>: …")
        buffered.resetBuffer();
        refuse(buffered, HttpServletResponse.SC_BAD_REQUEST, refusal.getMessage());
      } else if (buffered.getStatus() >= 500 && new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8)
          .contains(WEAK_PASSWORD)) {
        buffered.resetBuffer();
        refuse(buffered, HttpServletResponse.SC_BAD_REQUEST, "The password does not meet the password policy: at least "
            + PasswordRules.MIN_LENGTH + " characters, without the user's id or names.");
      } else if (!admin && buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
        // the engine's refusal names the task's or instance's process: a refusal tells nothing of what it guards
        buffered.resetBuffer();
        refuse(buffered, HttpServletResponse.SC_FORBIDDEN, "You are not allowed to do this.");
      }
      buffered.copyBodyToResponse();
    }
  }

  private boolean isAdministrator() {
    var authentication = identity.getCurrentAuthentication();
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(CpaGroup.ADMIN.id());
  }

  private static boolean isJson(HttpServletRequest request) {
    return request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
  }

  /** a body over the limit is null */
  private static byte[] read(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > limit) {
        return null;
      }
    }
    return out.toByteArray();
  }

  /**
   * The refusal of any {"type": "Object"} in the body, at any depth (a variable, a modification, a message's
   * variables), or of any {"valueInfo": {"transient": true}}; null for neither
   */
  @UserMessage
  static String specialValue(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return null;   // not JSON: the engine's REST API refuses it itself
    }
    return specialValue(root);
  }

  @UserMessage
  private static String specialValue(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ObjectNode o) {
      if (o.path("type").isTextual() && "object".equalsIgnoreCase(o.get("type").asText())) {
        return "Variables of type Object are accepted from administrators only";
      }
      if (o.path("valueInfo").path("transient").asBoolean(false)) {
        return "Transient values are accepted from administrators only";
      }
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      String found = specialValue(it.next());
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static void refuse(HttpServletResponse response, int status, @UserMessage String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    ObjectNode error = JSON.createObjectNode();
    error.put("type", switch (status) {
      case 413 -> "PayloadTooLarge";
      case 403 -> "AuthorizationException";
      default -> "InvalidRequestException";
    });
    error.put("message", message);
    error.putNull("code");
    response.getOutputStream().write(JSON.writeValueAsBytes(error));
  }

  /** the request with its body read once, for the engine's REST API to read again */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UncheckedIOException(new IOException("not asynchronous"));
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
