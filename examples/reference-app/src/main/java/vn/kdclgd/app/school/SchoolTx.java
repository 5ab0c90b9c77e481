package vn.kdclgd.app.school;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of the school screens' form handlers: the write runs in its own transaction, which rolls
 * back when kdclgd refuses, so the handler can catch the refusal outside it and show the form again
 * (read in a read-only transaction) without anything half written being committed.
 */
@Component
public class SchoolTx {
    private final TransactionTemplate write;
    private final TransactionTemplate read;

    SchoolTx(PlatformTransactionManager tm) {
        this.write = new TransactionTemplate(tm);
        this.read = new TransactionTemplate(tm);
        this.read.setReadOnly(true);
    }

    /** Runs {@code work} in a read-write transaction. */
    public <T> T write(Supplier<T> work) {
        return write.execute(s -> work.get());
    }

    /** Runs {@code work} in a read-write transaction. */
    public void run(Runnable work) {
        write.executeWithoutResult(s -> work.run());
    }

    /** Runs {@code work} in a read-only transaction. */
    public <T> T read(Supplier<T> work) {
        return read.execute(s -> work.get());
    }
}
