package ca.gc.cpa.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;

class ApiExceptionHandlerTest {

  /** a lock the database gave up waiting for is a busy service, not a server error: 503, send again */
  @Test
  void aLockTimeoutIsABusyServiceTheCallerMayTryAgain() {
    var handler = new ApiExceptionHandler();
    for (Exception e : new Exception[] {new QueryTimeoutException("Timeout trying to lock table"),
        new CannotAcquireLockException("lock")}) {
      var response = handler.busy(e);
      assertThat(response.getStatusCode().value()).isEqualTo(503);
      assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
      assertThat(response.getBody().errors()).singleElement()
          .satisfies(v -> assertThat(v.message()).contains("nothing was saved"));
    }
  }
}
