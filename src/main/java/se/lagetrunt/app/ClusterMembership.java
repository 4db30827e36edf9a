package se.lagetrunt.app;

import com.hazelcast.config.Config;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.JoinConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.List;

/**
 * The Vert.x a server runs on, and whether it is one node of several. Without cluster members
 * configured it is a plain Vert.x and nothing of Hazelcast starts; with them, Vert.x's clustered
 * event bus over Hazelcast, joined by the members' TCP/IP addresses only – no multicast, no cloud
 * discovery, no phone-home.
 */
final class ClusterMembership {
  private final HazelcastClusterManager manager;
  private final Vertx vertx;

  private ClusterMembership(HazelcastClusterManager manager, Vertx vertx) {
    this.manager = manager;
    this.vertx = vertx;
  }

  /** Builds the Vert.x: {@code options} and {@code builder} carry what else was set (metrics). */
  static ClusterMembership start(AppConfig.Cluster cluster, VertxOptions options, VertxBuilder builder) throws Exception {
    if (!cluster.enabled()) {
      return new ClusterMembership(null, builder.with(options).build());
    }
    HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(cluster));
    options.setEventBusOptions(new EventBusOptions().setHost(cluster.host()).setPort(cluster.busPort()));
    Vertx vertx = LagetRunt.await(builder.with(options).withClusterManager(manager).buildClustered());
    return new ClusterMembership(manager, vertx);
  }

  private static Config hazelcast(AppConfig.Cluster cluster) {
    Config config = ConfigUtil.loadConfig(); // Vert.x's own maps (subscriptions, node info) as it ships them
    config.setClusterName(cluster.name());
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(false)
        .setPublicAddress(cluster.host() + ":" + cluster.port());
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members());
    return config;
  }

  Vertx vertx() {
    return vertx;
  }

  boolean clustered() {
    return manager != null;
  }

  /** The nodes of the cluster now, oldest first (this one alone when not clustered). */
  List<String> nodes() {
    return manager == null ? List.of("this") : manager.getNodes();
  }

  /** This node's id in the cluster (Vert.x's, which the event bus knows it by). */
  String nodeId() {
    return manager.getNodeId();
  }

  /** Tells {@code listener} the id of each node that leaves the cluster (stopped, killed, cut off). */
  void onNodeLeft(java.util.function.Consumer<String> listener) {
    manager.getHazelcastInstance().getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent event) {}

      @Override
      public void memberRemoved(MembershipEvent event) {
        String left = event.getMember().getAttribute(VERTX_NODE_ID);
        if (left != null) {
          vertx.runOnContext(v -> listener.accept(left));
        }
      }
    });
  }

  /** The member attribute under which Vert.x's Hazelcast cluster manager keeps a node's id. */
  private static final String VERTX_NODE_ID = "__vertx.nodeId";

  /** Whether this node is the cluster's oldest, the one that speaks for all (prints the first link). */
  boolean oldest() {
    return manager == null || manager.getNodeId().equals(manager.getNodes().get(0));
  }
}
