package ca.gc.cpa.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A mission the replay asks for: the request as a requesting body sends it (public missions of the domain first). */
public record MissionSeed(String missionName, String hostCountry, String requestingBody, String requestingBodyName,
    String language, boolean armed, int officersRequested, int tourMonths, int years) {

  /** the public missions of the domain brief, then plausible others up to {@code count}, deterministic from the seed */
  public static List<MissionSeed> catalogue(int count, long seed) {
    List<MissionSeed> all = new ArrayList<>(List.of(
        new MissionSeed("UNMIK", "RS", "UN", "UN Police Division, DPO", "EN", true, 92, 12, 5),
        new MissionSeed("MINUSTAH", "HT", "UN", "UN Police Division, DPO", "FR", true, 100, 12, 13),
        new MissionSeed("UNMIS", "SD", "UN", "UN Police Division, DPO", "EN", false, 10, 12, 5),
        new MissionSeed("EUPOL Afghanistan", "AF", "EU", "Council of the European Union", "EN", true, 22, 9, 8),
        new MissionSeed("EUPOL COPPS", "PS", "EU", "Council of the European Union", "EN", false, 12, 12, 10),
        new MissionSeed("ECCC", "KH", "UN", "UN Police Division, DPO", "EN", false, 3, 12, 5),
        new MissionSeed("EUAM Ukraine", "UA", "EU", "Council of the European Union", "EN", false, 45, 12, 7),
        new MissionSeed("MINUJUSTH", "HT", "UN", "UN Police Division, DPO", "FR", true, 90, 12, 2),
        new MissionSeed("Iraq Ministerial Liaison Team", "IQ", "STATE", "Government of Iraq", "EN", true, 20, 12, 6),
        new MissionSeed("MINUSMA", "ML", "UN", "UN Police Division, DPO", "FR", true, 30, 12, 6),
        new MissionSeed("MONUSCO", "CD", "UN", "UN Police Division, DPO", "FR", false, 25, 12, 5),
        new MissionSeed("BINUH", "HT", "UN", "UN Police Division, DPO", "FR", true, 48, 12, 5)));
    String[][] others = {{"UNAMID", "SD", "EN"}, {"UNMISS", "SS", "EN"}, {"UNMIL", "LR", "EN"}, {"UNOCI", "CI", "FR"},
        {"MINURCAT", "TD", "FR"}, {"UNMIT", "TL", "EN"}, {"UNAMA", "AF", "EN"}, {"MINUSCA", "CF", "FR"},
        {"UNIOGBIS", "GW", "FR"}, {"UNSMIL", "LY", "EN"}, {"EULEX Kosovo", "RS", "EN"}, {"EUPM Bosnia", "BA", "EN"},
        {"EUCAP Sahel Niger", "NE", "FR"}, {"EUCAP Sahel Mali", "ML", "FR"}, {"EUBAM Rafah", "PS", "EN"},
        {"UNMIBH", "BA", "EN"}, {"UNFICYP", "CY", "EN"}, {"UNPOL Jordan", "JO", "EN"}, {"EUMM Georgia", "GE", "EN"},
        {"UNMIN", "NP", "EN"}, {"UNMISET", "TL", "EN"}, {"ONUB", "BI", "FR"}, {"UNMEE", "ER", "EN"},
        {"MONUC", "CD", "FR"}, {"UNOMSIL", "SL", "EN"}, {"UNAMSIL", "SL", "EN"}, {"UNIPSIL", "SL", "EN"},
        {"UNSOM", "SO", "EN"}, {"UNMHA", "YE", "EN"}, {"UNVMC", "CO", "EN"}, {"EUPOL RD Congo", "CD", "FR"},
        {"EUSEC RD Congo", "CD", "FR"}, {"UNMISS Juba", "SS", "EN"}, {"EUAM Iraq", "IQ", "EN"}, {"UNMIH", "HT", "FR"},
        {"MIPONUH", "HT", "FR"}, {"UNSMIH", "HT", "FR"}, {"UNTMIH", "HT", "FR"}};
    Random random = new Random(seed);
    for (int i = 0; all.size() < count; i++) {
      String[] o = others[i % others.length];
      String name = i < others.length ? o[0] : o[0] + " " + (i / others.length + 1);
      boolean eu = name.startsWith("EU");
      all.add(new MissionSeed(name, o[1], eu ? "EU" : "UN", eu ? "Council of the European Union" : "UN Police Division, DPO",
          o[2], random.nextBoolean(), 5 + random.nextInt(30), random.nextBoolean() ? 12 : 9, 2 + random.nextInt(6)));
    }
    return all.subList(0, count);
  }
}
