package ca.gc.cpa.domain;

import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The numbered business keys of the contract, {@code REQ-<year>-<4 digits>} and
 * {@code DEP-<year>-<4 digits>}, drawn from database sequences so that concurrent calls and
 * several cluster nodes never hand out the same number.
 */
@Component
public class BusinessKeys {

  private final DataFieldMaxValueIncrementer requests;
  private final DataFieldMaxValueIncrementer deployments;

  public BusinessKeys(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
    boolean postgres = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    this.requests = incrementer(dataSource, "request_number_seq", postgres);
    this.deployments = incrementer(dataSource, "deployment_number_seq", postgres);
  }

  private static DataFieldMaxValueIncrementer incrementer(DataSource dataSource, String sequence, boolean postgres) {
    return postgres
        ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
        : new H2SequenceMaxValueIncrementer(dataSource, sequence);
  }

  public String nextRequestKey(Year year) {
    return format("REQ", year, requests.nextLongValue());
  }

  public String nextDeploymentKey(Year year) {
    return format("DEP", year, deployments.nextLongValue());
  }

  static String format(String prefix, Year year, long number) {
    return "%s-%d-%04d".formatted(prefix, year.getValue(), number);
  }
}
