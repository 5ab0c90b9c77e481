package vn.kdclgd.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/**
 * Entry point of {@code kdclgd.jar}. Exit codes: 0 ok; 2 bad input (one message per problem, naming
 * what and where, no stack trace); 1 internal error.
 */
public final class Main {
    private Main() {
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the CLI with the given streams; returns the exit code (used by the tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new KdclgdCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("KDCL-0002 tham số không hợp lệ / invalid arguments: " + ex.getMessage());
            c.getErr().println("Xem / see: kdclgd " + c.getCommandSpec().qualifiedName().replaceFirst("^kdclgd ?", "") + " --help");
            return CommandLine.ExitCode.USAGE;
        });
        return cl.execute(args);
    }
}
