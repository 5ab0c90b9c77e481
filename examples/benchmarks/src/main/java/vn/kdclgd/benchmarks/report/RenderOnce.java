package vn.kdclgd.benchmarks.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.sun.management.GarbageCollectionNotificationInfo;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;

/**
 * One render in a JVM of its own (started by {@link EvidenceAppendixMemory} with the {@code -Xmx} under test):
 * {@code RenderOnce <ours|poitl|xwpf> <catalog> <REPORT|EVIDENCE_LIST> <evidence items> <output.docx>}. Builds the
 * input ({@link Renderer#withEvidence}, not timed), renders once into the file (timed: cold, class loading
 * included), then counts the table rows of {@code word/document.xml} by streaming it and prints
 * {@code RESULT ms=… rows=… bytes=… liveMiB=… gcs=…}: {@code liveMiB} is the largest heap in use right after a
 * collection during the render (or at its end, if larger) — an estimate of the peak live set, which is what must
 * fit in {@code -Xmx}. An {@link OutOfMemoryError} ends the JVM ({@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class RenderOnce {
    private RenderOnce() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Renderer.Contender contender = Renderer.Contender.valueOf(args[0].toUpperCase(Locale.ROOT));
        String catalog = args[1];
        DocumentKind kind = DocumentKind.valueOf(args[2]);
        int items = Integer.parseInt(args[3]);
        Path file = Path.of(args[4]);
        watchGcs();
        ReportInput input = Renderer.withEvidence(Renderer.sample(catalog), items);
        Renderer r = new Renderer(contender, input, kind);
        System.gc();
        PEAK_AFTER_GC.set(0);
        GC_COUNT.set(0);
        long t0 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            r.render(out);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        long gcs = GC_COUNT.get();
        long peak = Math.max(PEAK_AFTER_GC.get(), heapUsed());
        long rows = tableRows(file);
        System.out.printf(Locale.ROOT, "RESULT ms=%.1f rows=%d bytes=%d liveMiB=%.1f gcs=%d maxHeapMiB=%.0f%n", ms, rows, Files.size(file),
                peak / 1048576.0, gcs, Runtime.getRuntime().maxMemory() / 1048576.0);
        Files.deleteIfExists(file);
    }

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final AtomicLong GC_COUNT = new AtomicLong();

    /** Records, after every collection, the heap still in use (the live set then, plus what survived young). */
    private static void watchGcs() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                    GC_COUNT.incrementAndGet();
                }
            }, null, null);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Number of table rows ({@code w:tr}) in word/document.xml, counted while streaming it (StAX). */
    static long tableRows(Path docx) throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    XMLInputFactory f = XMLInputFactory.newFactory();
                    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                    XMLStreamReader x = f.createXMLStreamReader(zip);
                    long n = 0;
                    while (x.hasNext()) {
                        if (x.next() == XMLStreamConstants.START_ELEMENT && "tr".equals(x.getLocalName())) {
                            n++;
                        }
                    }
                    return n;
                }
            }
        }
        return -1;
    }
}
