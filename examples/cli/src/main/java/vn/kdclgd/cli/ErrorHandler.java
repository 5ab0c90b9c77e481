package vn.kdclgd.cli;

import picocli.CommandLine;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** Turns exceptions into exit codes: {@link KdclException} = bad input (2), anything else = internal (1). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof KdclException k) {
            for (Problem p : k.problems()) {
                cl.getErr().println(p);
            }
            return 2;
        }
        cl.getErr().println("KDCL-0001 lỗi nội bộ / internal error: " + ex
                + " — hãy báo lỗi kèm lệnh đã chạy / please report it with the command you ran"
                + " (KDCLGD_DEBUG=1 prints the stack trace)");
        if (System.getenv("KDCLGD_DEBUG") != null) {
            ex.printStackTrace(new java.io.PrintWriter(cl.getErr(), true));
        }
        return 1;
    }
}
