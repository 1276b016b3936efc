package ca.gc.cpa.cluster;

/**
 * A cluster node in a JVM of its own (for {@link NodeCrashTest}): {@code java -cp <test classpath>
 * ca.gc.cpa.cluster.ClusterNodeMain <database url> <node name>}. Prints {@code NODE READY} once started
 * and runs until killed.
 */
public final class ClusterNodeMain {

  private ClusterNodeMain() {}

  public static void main(String[] args) throws InterruptedException {
    ClusterNodes.start(args[0], args[1]);
    System.out.println("NODE READY " + args[1]);
    System.out.flush();
    Thread.currentThread().join();
  }
}
