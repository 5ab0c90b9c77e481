package vn.kdclgd.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.rules.rating.RatingJson;
import vn.kdclgd.rules.rating.RatingRequest;

/** {@code kdclgd rate FILE|-}. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"Xếp mức một trường từ các nhận định / rate a school from its judgements.",
                "Input: {\"catalog\": \"ID\", \"judgements\": {\"1.1\": {\"1\": true, \"2\": {\"a\": true}}}, \"level4\": {\"1\": true}}",
                "See docs/rating.md for the whole format and the output."})
final class RateCommand implements Callable<Integer> {
    @ParentCommand
    KdclgdCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "Tệp JSON, hoặc - để đọc từ stdin / JSON file, or - for stdin")
    String file;

    @Override
    public Integer call() {
        RatingRequest request = Io.read(file, (in, name) -> RatingJson.readRequest(in, name, root.registry()));
        spec.commandLine().getOut().print(RatingJson.toJson(request.rate()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
