package ca.gc.cpa.planning;

import ca.gc.cpa.process.MissionProcess.ProfileLine;
import ca.gc.cpa.process.MissionProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The plan's position lines (form planMission, {@link MissionProcess#profile}) as {@link PositionProfile}s. */
public final class PositionProfiles {

  private PositionProfiles() {}

  /** the plan's position lines with a count above zero and a role, rank and language, read through any value source */
  public static List<PositionProfile> profiles(Function<String, Object> values) {
    List<PositionProfile> profiles = new ArrayList<>();
    for (ProfileLine line : MissionProcess.profiles()) {
      int count = line.count().convert(values.apply(line.count().name())).orElse(0);
      var role = line.role().convert(values.apply(line.role().name()));
      var rank = line.rank().convert(values.apply(line.rank().name()));
      var language = line.language().convert(values.apply(line.language().name()));
      if (count <= 0 || role.isEmpty() || rank.isEmpty() || language.isEmpty()) {
        continue;
      }
      profiles.add(new PositionProfile(PositionRole.valueOf(role.get()), Rank.valueOf(rank.get()), language.get(),
          line.armed().convert(values.apply(line.armed().name())).orElse(false), count));
    }
    return profiles;
  }
}
