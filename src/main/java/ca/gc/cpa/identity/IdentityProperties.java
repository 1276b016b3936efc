package ca.gc.cpa.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who gets an account at start.
 *
 * @param adminUser first administrator (ADMIN_USER); required outside the demo profile until one exists
 * @param adminPassword the administrator's password (ADMIN_PASSWORD)
 * @param demoUsers create the contract's demo users (profile {@code demo} only)
 */
@ConfigurationProperties("cpa.identity")
public record IdentityProperties(String adminUser, String adminPassword, boolean demoUsers) {

  boolean hasAdmin() {
    return adminUser != null && !adminUser.isBlank() && adminPassword != null && !adminPassword.isBlank();
  }
}
