package org.jigai.base;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open pages that something they show has changed, by topic ({@code engagement:12}, {@code user:7}). Data is
 * stored first; the signal goes out only after the transaction that stored it commits, and carries no data, so each
 * page reads what changed through its services with its own user's rights. Pages subscribe while attached and wrap
 * their reaction in {@code UI.access} (server push).
 */
@Component
public class LiveUpdates {

    /** A subscription; close it when the page detaches. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    /**
     * Signals go out on threads of their own: a page's reaction ({@code UI.access}) may run at once in the thread
     * that delivers it, and must not run inside the committing transaction's synchronisation, where its own writes
     * (say, a read receipt) would join a transaction that has already committed and be lost.
     */
    private final java.util.concurrent.ExecutorService delivery = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    public Subscription subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Signals the topics once the current transaction has committed (at once when there is none). */
    public void signalAfterCommit(String... topics) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal(topics);
                }
            });
        } else {
            signal(topics);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        delivery.shutdown();
    }

    /** Each listener on a virtual thread of its own: pages refresh side by side, none waits for another. */
    private void signal(String... topics) {
        for (String topic : topics) {
            for (Consumer<String> listener : listeners.getOrDefault(topic, Set.of())) {
                delivery.execute(() -> {
                    try {
                        listener.accept(topic);
                    } catch (RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(LiveUpdates.class).debug("a live listener failed", e);
                    }
                });
            }
        }
    }

    /** How many pages listen, for the benchmark and tests. */
    public int subscriptions() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    public static String user(long userId) {
        return "user:" + userId;
    }

    /** An engagement's state, proposals, milestones or ratings changed (a transition was taken). */
    public static String engagement(long engagementId) {
        return "engagement:" + engagementId;
    }

    /** An engagement's conversation changed: a message, or a read receipt. */
    public static String conversation(long engagementId) {
        return "conversation:" + engagementId;
    }
}
