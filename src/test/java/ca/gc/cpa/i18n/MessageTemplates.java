package ca.gc.cpa.i18n;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Every message a person can read from a refusal of the server, as the English template the catalogue
 * ({@code i18n/messages-fr.txt}) must hold, read from the sources (javac's own parser, no compilation):
 * <ul>
 *   <li>what is passed where a {@link UserMessage} record component or parameter carries a message
 *       ({@code new FieldViolation(field, …)}, {@code ApiError.of(field, …)}, …), and the message of the engine's
 *       refusal of a form ({@code new FormFieldValidationException(detail, …)});</li>
 *   <li>what a {@link UserMessage} method returns or adds to the list it returns;</li>
 *   <li>Bean Validation's {@code message} of an annotation, and an annotation type's default {@code message()}.</li>
 * </ul>
 * A message is read as a template: its string literals, {@code {}} for any other part of a concatenation and for each
 * {@code %s}/{@code %d} of {@code formatted} or {@code String.format}, each branch of a {@code ?:} or a switch. A message
 * passed on from another place that the same rules read is accepted as it is: a {@link UserMessage} component's
 * accessor ({@code r.message()}), a {@link UserMessage} parameter or method, a value of a {@link UserMessage} method
 * (a variable or a lambda's parameter fed from its call), Bean Validation's own message. Anything else is a message
 * the catalogue cannot be checked against: reported as unreadable, with where it is.
 */
final class MessageTemplates {

  static final String ANNOTATION = UserMessage.class.getSimpleName();
  /** the engine's refusal of a form, {@code new FormFieldValidationException(detail, message)}: its message is read there */
  static final String REFUSAL = "FormFieldValidationException";
  private static final Pattern FORMAT = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(\\.\\d+)?[a-zA-Z]");

  /** the templates found, each with where it is made (file:line) */
  final Map<String, Set<String>> templates = new TreeMap<>();
  /** messages that cannot be read as templates, with where they are */
  final List<String> unreadable = new ArrayList<>();

  /** record simple name → indexes of its components that carry a message */
  private final Map<String, Set<Integer>> records = new HashMap<>();
  /** names of record components that carry a message: their accessors pass a message on */
  private final Set<String> accessors = new HashSet<>();
  /** "Class.method" → indexes of its parameters that carry a message */
  private final Map<String, Set<Integer>> parameters = new HashMap<>();
  /** "Class.method" of the methods that make messages */
  private final Set<String> makers = new HashSet<>();
  /** "Class.method" → the file that declares it (an unqualified call counts only there) */
  private final Map<String, CompilationUnitTree> declaredIn = new HashMap<>();

  private final Trees trees;
  private final Path root;
  private final List<CompilationUnitTree> units = new ArrayList<>();

  private MessageTemplates(Trees trees, Path root) {
    this.trees = trees;
    this.root = root.toAbsolutePath().normalize();
  }

  static MessageTemplates read(Path sourceRoot) {
    List<Path> files;
    try (Stream<Path> all = Files.walk(sourceRoot)) {
      files = all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null,
        fileManager.getJavaFileObjectsFromPaths(files));
    MessageTemplates found = new MessageTemplates(Trees.instance(task), sourceRoot);
    try {
      task.parse().forEach(found.units::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.units.forEach(found::index);
    found.units.forEach(found::collect);
    return found;
  }

  // ---- where messages are carried and made ----

  private void index(CompilationUnitTree unit) {
    new TreeScanner<Void, String>() {
      @Override
      public Void visitClass(ClassTree type, String outer) {
        String name = type.getSimpleName().toString();
        if (type.getKind() == Tree.Kind.RECORD) {
          int index = 0;
          for (Tree member : type.getMembers()) {
            if (member instanceof VariableTree field && !field.getModifiers().getFlags().contains(Modifier.STATIC)) {
              if (annotated(field.getModifiers().getAnnotations())) {
                records.computeIfAbsent(name, k -> new HashSet<>()).add(index);
                accessors.add(field.getName().toString());
              }
              index++;
            }
          }
        }
        return super.visitClass(type, name);
      }

      @Override
      public Void visitMethod(MethodTree method, String type) {
        String key = type + "." + method.getName();
        if (annotated(method.getModifiers().getAnnotations())) {
          makers.add(key);
          declaredIn.put(key, unit);
        }
        for (int i = 0; i < method.getParameters().size(); i++) {
          if (annotated(method.getParameters().get(i).getModifiers().getAnnotations())) {
            parameters.computeIfAbsent(key, k -> new HashSet<>()).add(i);
            declaredIn.put(key, unit);
          }
        }
        return super.visitMethod(method, type);
      }
    }.scan(unit, null);
  }

  private static boolean annotated(List<? extends AnnotationTree> annotations) {
    return annotations.stream().anyMatch(a -> a.getAnnotationType().toString().endsWith(ANNOTATION));
  }

  private void collect(CompilationUnitTree unit) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitNewClass(NewClassTree created, Void unused) {
        String type = lastName(created.getIdentifier());
        if (type.equals(REFUSAL) && created.getArguments().size() == 2) {
          message(created.getArguments().get(1), new TreePath(getCurrentPath(), created.getArguments().get(1)));
        }
        Set<Integer> carried = records.get(type);
        if (carried != null) {
          carried.stream().filter(i -> i < created.getArguments().size())
              .forEach(i -> message(created.getArguments().get(i), new TreePath(getCurrentPath(), created.getArguments().get(i))));
        }
        return super.visitNewClass(created, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        Set<Integer> carried = parameters.get(called(call, getCurrentPath()));
        if (carried != null) {
          carried.stream().filter(i -> i < call.getArguments().size())
              .forEach(i -> message(call.getArguments().get(i), new TreePath(getCurrentPath(), call.getArguments().get(i))));
        }
        if (methodName(call).equals("buildConstraintViolationWithTemplate")) {
          message(call.getArguments().get(0), new TreePath(getCurrentPath(), call.getArguments().get(0)));
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitAnnotation(AnnotationTree annotation, Void unused) {
        for (ExpressionTree argument : annotation.getArguments()) {
          if (argument instanceof AssignmentTree a && a.getVariable().toString().equals("message")) {
            message(a.getExpression(), new TreePath(getCurrentPath(), a.getExpression()));
          }
        }
        return super.visitAnnotation(annotation, unused);
      }

      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        ClassTree type = enclosingClass(getCurrentPath());
        if (type != null && type.getKind() == Tree.Kind.ANNOTATION_TYPE && method.getName().contentEquals("message")
            && method.getDefaultValue() != null) {
          message((ExpressionTree) method.getDefaultValue(), new TreePath(getCurrentPath(), method.getDefaultValue()));
        }
        if (type != null && makers.contains(type.getSimpleName() + "." + method.getName()) && method.getBody() != null) {
          made(method, getCurrentPath());
        }
        return super.visitMethod(method, unused);
      }
    }.scan(unit, null);
  }

  /** what a message-making method returns, or adds to the list it returns (not what its lambdas return) */
  private void made(MethodTree method, TreePath methodPath) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree type, Void unused) {
        return null;
      }

      @Override
      public Void visitReturn(ReturnTree returned, Void unused) {
        if (returned.getExpression() != null) {
          result(returned.getExpression(), new TreePath(getCurrentPath(), returned.getExpression()));
        }
        return super.visitReturn(returned, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (methodName(call).equals("add") && call.getArguments().size() == 1) {
          message(call.getArguments().get(0), new TreePath(getCurrentPath(), call.getArguments().get(0)));
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(new TreePath(methodPath, method.getBody()), null);
  }

  /** a returned message: Optional.of(m), List.of(m, …), Optional.empty(), a list filled with add(m), or m itself */
  private void result(ExpressionTree value, TreePath path) {
    ExpressionTree e = unparenthesized(value);
    if (e instanceof ConditionalExpressionTree choice) {
      result(choice.getTrueExpression(), path);
      result(choice.getFalseExpression(), path);
    } else if (e instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree owner
        && Set.of("Optional", "List", "Set").contains(owner.getName().toString())) {
      call.getArguments().forEach(a -> message(a, new TreePath(path, a)));
    } else if (e instanceof IdentifierTree || e.getKind() == Tree.Kind.NULL_LITERAL) {
      // the list its add(…) calls filled
    } else {
      message(e, path);
    }
  }

  // ---- a message as a template ----

  private void message(ExpressionTree expression, TreePath path) {
    try {
      for (String template : templates(expression, path)) {
        templates.computeIfAbsent(template, k -> new LinkedHashSet<>()).add(where(path));
      }
    } catch (Unreadable e) {
      unreadable.add(where(path) + ": " + expression + " (" + e.getMessage() + ")");
    }
  }

  private static final class Unreadable extends RuntimeException {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  /** the templates of a whole message; empty when it is passed on from a place read on its own */
  private List<String> templates(ExpressionTree expression, TreePath path) {
    ExpressionTree e = unparenthesized(expression);
    if (e instanceof LiteralTree literal && literal.getValue() instanceof String s) {
      return List.of(s);
    }
    if (e.getKind() == Tree.Kind.NULL_LITERAL) {
      return List.of();   // no message
    }
    if (e instanceof ConditionalExpressionTree choice) {
      List<String> both = new ArrayList<>(templates(choice.getTrueExpression(), path));
      both.addAll(templates(choice.getFalseExpression(), path));
      return both;
    }
    if (e instanceof SwitchExpressionTree choice) {
      List<String> all = new ArrayList<>();
      for (CaseTree c : choice.getCases()) {
        if (c.getBody() instanceof ExpressionTree body) {
          all.addAll(templates(body, path));
        } else {
          new TreeScanner<Void, Void>() {
            @Override
            public Void visitYield(YieldTree yield, Void unused) {
              all.addAll(templates(yield.getValue(), path));
              return null;
            }
          }.scan(c.getBody(), null);
        }
      }
      return all;
    }
    if (e instanceof BinaryTree sum && sum.getKind() == Tree.Kind.PLUS && hasText(sum)) {
      return concatenation(sum);
    }
    if (e instanceof MethodInvocationTree call) {
      return invocation(call, path);
    }
    if (e instanceof IdentifierTree name) {
      return variable(name.getName().toString(), path);
    }
    throw new Unreadable("not a template the catalogue can be checked against");
  }

  private List<String> invocation(MethodInvocationTree call, TreePath path) {
    String name = methodName(call);
    ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select ? select.getExpression() : null;
    if (name.equals("formatted") && receiver != null) {
      return templates(receiver, path).stream().map(MessageTemplates::fromFormat).toList();
    }
    if (name.equals("format") && receiver != null && receiver.toString().equals("String")) {
      return templates(call.getArguments().get(0), path).stream().map(MessageTemplates::fromFormat).toList();
    }
    if (makers.contains(called(call, path))) {
      return List.of();   // read where it is made
    }
    if (call.getArguments().isEmpty() && receiver != null && accessors.contains(name)) {
      return List.of();   // a message component's accessor: read where the record is made
    }
    if (call.getArguments().isEmpty() && (name.equals("getMessage") || name.equals("getDefaultMessage"))
        && usesBeanValidation(path.getCompilationUnit())) {
      return List.of();   // Bean Validation's message: read on the annotation
    }
    if (call.getArguments().isEmpty() && name.equals("getMessage") && receiver instanceof IdentifierTree v
        && REFUSAL.equals(declaredType(v.getName().toString(), path))) {
      return List.of();   // a refusal's message: read where the refusal is made
    }
    if (call.getArguments().isEmpty() && Set.of("get", "orElseThrow").contains(name) && receiver instanceof IdentifierTree v) {
      return variable(v.getName().toString(), path);
    }
    throw new Unreadable("a call the catalogue cannot be checked against: make the message a template, or mark the "
        + "method that makes it @" + ANNOTATION);
  }

  /** a variable holding the message: a message parameter, a value fed from a message-making call, a constant */
  private List<String> variable(String name, TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof LambdaExpressionTree lambda
          && lambda.getParameters().stream().anyMatch(v -> v.getName().contentEquals(name))) {
        Tree parent = p.getParentPath().getLeaf();
        if (parent instanceof MethodInvocationTree fed && callsMaker(fed.getMethodSelect(), p)) {
          return List.of();
        }
        throw new Unreadable("a lambda's parameter not fed from a message-making call");
      }
      if (leaf instanceof MethodTree method) {
        for (VariableTree parameter : method.getParameters()) {
          if (parameter.getName().contentEquals(name)) {
            if (annotated(parameter.getModifiers().getAnnotations())) {
              return List.of();
            }
            throw new Unreadable("a parameter: mark it @" + ANNOTATION + " so that its callers' messages are read");
          }
        }
      }
      if (leaf instanceof BlockTree block) {
        for (StatementTree statement : block.getStatements()) {
          if (statement instanceof VariableTree local && local.getName().contentEquals(name) && local.getInitializer() != null) {
            return callsMaker(local.getInitializer(), p) ? List.of() : templates(local.getInitializer(), new TreePath(p, local));
          }
        }
      }
      if (leaf instanceof ClassTree type) {
        for (Tree member : type.getMembers()) {
          if (member instanceof VariableTree field && field.getName().contentEquals(name) && field.getInitializer() != null
              && field.getModifiers().getFlags().contains(Modifier.FINAL)) {
            return templates(field.getInitializer(), new TreePath(p, field));
          }
        }
      }
    }
    throw new Unreadable("a variable whose message cannot be traced");
  }

  /** the declared type of a parameter or local variable, as written; null when not found */
  private static String declaredType(String name, TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      List<? extends Tree> declarations = p.getLeaf() instanceof MethodTree method ? method.getParameters()
          : p.getLeaf() instanceof BlockTree block ? block.getStatements() : List.of();
      for (Tree declaration : declarations) {
        if (declaration instanceof VariableTree v && v.getName().contentEquals(name) && v.getType() != null) {
          return lastName(v.getType());
        }
      }
    }
    return null;
  }

  /** whether the expression calls a message-making method or a message component's accessor */
  private boolean callsMaker(Tree expression, TreePath path) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (makers.contains(called(call, path))
            || call.getArguments().isEmpty() && accessors.contains(methodName(call))) {
          found[0] = true;
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(expression, null);
    return found[0];
  }

  /** a concatenation: its literals as they are, each other part {} (each branch of a ?: of literals in it) */
  private List<String> concatenation(BinaryTree sum) {
    List<String> out = List.of("");
    for (ExpressionTree part : operands(sum)) {
      ExpressionTree p = unparenthesized(part);
      List<String> pieces;
      if (p instanceof LiteralTree literal && literal.getValue() != null
          && (literal.getValue() instanceof String || literal.getValue() instanceof Character)) {
        pieces = List.of(String.valueOf(literal.getValue()));
      } else if (p instanceof ConditionalExpressionTree choice && isText(choice.getTrueExpression())
          && isText(choice.getFalseExpression())) {
        pieces = List.of(text(choice.getTrueExpression()), text(choice.getFalseExpression()));
      } else {
        pieces = List.of("{}");
      }
      List<String> next = new ArrayList<>();
      for (String head : out) {
        for (String piece : pieces) {
          next.add(head + piece);
        }
      }
      out = next;
    }
    return out;
  }

  private static List<ExpressionTree> operands(ExpressionTree e) {
    ExpressionTree u = unparenthesized(e);
    if (u instanceof BinaryTree sum && sum.getKind() == Tree.Kind.PLUS && hasText(sum)) {
      List<ExpressionTree> all = new ArrayList<>(operands(sum.getLeftOperand()));
      all.addAll(operands(sum.getRightOperand()));
      return all;
    }
    return List.of(e);
  }

  /** whether a sum is a string concatenation with literal text in it (left-most first, as Java reads it) */
  private static boolean hasText(BinaryTree sum) {
    ExpressionTree left = unparenthesized(sum.getLeftOperand());
    ExpressionTree right = unparenthesized(sum.getRightOperand());
    return isText(left) || isText(right) || left instanceof BinaryTree l && l.getKind() == Tree.Kind.PLUS && hasText(l);
  }

  private static boolean isText(ExpressionTree e) {
    return unparenthesized(e) instanceof LiteralTree l && l.getValue() instanceof String;
  }

  private static String text(ExpressionTree e) {
    return (String) ((LiteralTree) unparenthesized(e)).getValue();
  }

  static String fromFormat(String format) {
    return FORMAT.matcher(format.replace("%%", "\u0000")).replaceAll(m -> m.group().endsWith("n") ? "\n" : "{}")
        .replace("\u0000", "%");
  }

  // ---- names ----

  /** "Class.method" of a call: Class.method(…) as written, or method(…) of the class it is written in or around */
  private String called(MethodInvocationTree call, TreePath path) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      return lastName(member.getExpression()) + "." + member.getIdentifier();
    }
    if (select instanceof IdentifierTree name) {
      for (TreePath p = path; p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree type) {
          String key = type.getSimpleName() + "." + name.getName();
          if (declaredIn.get(key) == path.getCompilationUnit()) {
            return key;
          }
        }
      }
    }
    return "";
  }

  private static String methodName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    return select instanceof MemberSelectTree member ? member.getIdentifier().toString()
        : select instanceof IdentifierTree name ? name.getName().toString() : "";
  }

  private static String lastName(Tree name) {
    if (name instanceof MemberSelectTree member) {
      return member.getIdentifier().toString();
    }
    if (name instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    return name == null ? "" : name.toString().replaceAll("<.*", "");
  }

  private static ClassTree enclosingClass(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree type) {
        return type;
      }
    }
    return null;
  }

  private static ExpressionTree unparenthesized(ExpressionTree e) {
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    return e;
  }

  private static boolean usesBeanValidation(CompilationUnitTree unit) {
    return unit.getImports().stream().map(i -> i.getQualifiedIdentifier().toString())
        .anyMatch(i -> i.startsWith("jakarta.validation.") || i.endsWith("MethodArgumentNotValidException"));
  }

  private String where(TreePath path) {
    CompilationUnitTree unit = path.getCompilationUnit();
    SourcePositions positions = trees.getSourcePositions();
    long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, path.getLeaf()));
    return root.relativize(Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize()) + ":" + line;
  }
}
