package ca.gc.cpa.intake;

import ca.gc.cpa.forms.Readable;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A foreign request for Canadian police as it reaches the GAC desk: the intake API's body and the
 * fields of the Tasklist start form. The constraints are the contract's (../shared/contract.md);
 * {@link IntakeRules} adds the one that needs today's date.
 */
public record NewAssistanceRequest(
    @NotBlank(message = "is required") @Size(max = 64, message = "must have 1 to 64 characters") @Readable
    String externalReference,

    @NotNull(message = "is required") @Pattern(regexp = "UN|EU|STATE", message = "must be UN, EU or STATE")
    String requestingBody,

    @NotBlank(message = "is required") @Size(max = 200, message = "must have at most 200 characters") @Readable
    String requestingBodyName,

    @NotBlank(message = "is required") @Size(max = 100, message = "must have at most 100 characters")
    @Pattern(regexp = "([\\p{L}\\p{N}][\\p{L}\\p{N} ./'()-]*)?", message = "must be a mission name such as MINUSMA")
    String missionName,

    @NotNull(message = "is required") @IsoCountry
    String hostCountry,

    @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 200") @Max(value = 200, message = "must be 1 to 200")
    Integer officersRequested,

    @NotNull(message = "is required") @Pattern(regexp = "EN|FR", message = "must be EN or FR")
    String missionLanguage,

    @NotNull(message = "is required")
    Boolean armed,

    @NotNull(message = "is required") @Min(value = 6, message = "must be 6 to 24") @Max(value = 24, message = "must be 6 to 24")
    Integer tourMonths,

    @NotNull(message = "is required")
    @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE)
    LocalDate requestedStart,

    @NotNull(message = "is required")
    Boolean officialRequestReceived,

    @Size(max = 2000, message = "must have at most 2000 characters") @Readable
    String rolesRequested) {}
