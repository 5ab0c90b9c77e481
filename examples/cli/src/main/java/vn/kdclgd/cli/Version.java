package vn.kdclgd.cli;

import picocli.CommandLine;

/** Version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"kdclgd " + (v == null ? "(development build)" : v)};
    }
}
