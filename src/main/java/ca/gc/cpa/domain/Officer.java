package ca.gc.cpa.domain;

import java.time.LocalDate;

/** A police officer of a partner service, known to the program once nominated. */
public record Officer(
    Long id,
    String agencyCode,
    String serviceNumber,
    String givenName,
    String familyName,
    String rank,
    String gender,
    LocalDate dateOfBirth) {

  public String displayName() {
    return rank + " " + givenName + " " + familyName;
  }
}
