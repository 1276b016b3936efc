package ca.gc.cpa.domain;

/** A mission's life: open (rotations go on), closing (no new rotation, officers still abroad), closed. */
public enum MissionStatus {
  OPEN,
  CLOSING,
  CLOSED
}
