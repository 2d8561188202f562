package dev.mllens.cli;

import dev.mllens.lens.Lens;
import picocli.CommandLine.IVersionProvider;

/** Prints the mllens version and the lens edition. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = MlLensCli.class.getPackage().getImplementationVersion();
        return new String[] {"mllens " + (v == null ? "development build" : v) + ", Machine Learning Lens edition " + Lens.EDITION};
    }
}
