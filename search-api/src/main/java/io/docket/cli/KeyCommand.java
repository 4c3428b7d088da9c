package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Print the archive's Ed25519 public key (PEM), which signs every evidence bundle; made on first use. "
                + "Hand it to whoever checks bundles: docket verify-bundle FILE.zip --public-key archive.pem")
final class KeyCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Override
    public Integer call() {
        String pem;
        try (EmbeddedArchive opened = archive.open()) {
            pem = opened.publicKeyPem();
        }
        System.out.print(pem);
        return 0;
    }
}
