package ca.gc.cpa.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code performance-appraisal}: the UN performance appraisal of an officer serving abroad, by the contingent
 * commander of the officer's mission (start form recordAppraisal, {@code POST /api/tours/{key}/appraisals}), one of
 * each kind per tour, recorded with who recorded it (table tour_appraisal); the latest informs an extension.
 */
public final class PerformanceAppraisalProcess {

  public static final String KEY = "performance-appraisal";

  // start form recordAppraisal
  public static final Variable<String> TOUR_BUSINESS_KEY = TourEvent.TOUR_BUSINESS_KEY;
  public static final Variable<String> APPRAISAL_KIND = Variable.text("appraisalKind");
  public static final String MID_TOUR = "MID_TOUR";
  public static final String END_OF_TOUR = "END_OF_TOUR";
  public static final Variable<String> APPRAISAL_RATING = Variable.text("appraisalRating");
  public static final String EXCEEDS = "EXCEEDS";
  public static final String MEETS = "MEETS";
  public static final String PARTLY_MEETS = "PARTLY_MEETS";
  /** a rating below expectations: no extension */
  public static final String DOES_NOT_MEET = "DOES_NOT_MEET";
  public static final Variable<Boolean> RECOMMENDS_EXTENSION = Variable.bool("recommendsExtension");
  public static final Variable<String> APPRAISAL_COMMENT = Variable.text("appraisalComment");
  // set by Record the appraisal, transient: the officer's service
  public static final Variable<String> AGENCY_CODE = TourEvent.AGENCY_CODE;

  private PerformanceAppraisalProcess() {}

  /** What the start form recordAppraisal (or the endpoint) sends. */
  public record Start(String tourBusinessKey, String appraisalKind, String appraisalRating, boolean recommendsExtension,
      String appraisalComment) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(TOUR_BUSINESS_KEY.name(), tourBusinessKey);
      v.put(APPRAISAL_KIND.name(), appraisalKind);
      v.put(APPRAISAL_RATING.name(), appraisalRating);
      v.put(RECOMMENDS_EXTENSION.name(), recommendsExtension);
      v.put(APPRAISAL_COMMENT.name(), appraisalComment);
      return v;
    }

    /**
     * the body of {@code POST /api/tours/{key}/appraisals}: the start's variables but the tour, which the path names
     */
    public Map<String, Object> body() {
      Map<String, Object> v = variables();
      v.remove(TOUR_BUSINESS_KEY.name());
      return v;
    }
  }
}
