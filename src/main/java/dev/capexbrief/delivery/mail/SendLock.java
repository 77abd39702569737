package dev.capexbrief.delivery.mail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One send at a time per output root: an exclusive lock on {@code OUT/.send-log.lock}, held from
 * reading the send log, through sending, to recording the last delivery, so that two sends started
 * together cannot both find a recipient unsent. The operating system releases it when the process
 * dies, even by SIGKILL. A second send waits for it a bounded time, then reads the first one's
 * rows and skips who got the briefing; if the first is still sending by then, it gives up with
 * one line. The lock file stays: deleting it would let a third run lock a new file while a second
 * still waits on the old one.
 */
final class SendLock implements AutoCloseable {
    static final String FILE_NAME = ".send-log.lock";
    /** How long a send waits for another one to finish. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private SendLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SendLock acquire(Path outputRoot, Duration wait) throws IOException {
        Files.createDirectories(outputRoot);
        FileChannel channel = FileChannel.open(outputRoot.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new SendLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new MailDeliveryException("another capexbrief send is running for " + outputRoot
                            + " (waited " + wait.toSeconds() + " s); try again when it has finished");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new MailDeliveryException("interrupted while waiting for another capexbrief send for " + outputRoot, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Null while another process, or another send in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
