package io.docket.cli;

import io.docket.api.DocketServer;
import io.docket.api.ServerSettings;
import io.docket.backend.EmbeddedArchive;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and the JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ArchiveOptions archive;

    @Option(names = "--host", description = "Address to listen on (default: 127.0.0.1, loopback only).")
    String host;

    @Option(names = "--port", description = "Port (default: 7070; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        try (EmbeddedArchive opened = archive.open();
             DocketServer server = DocketServer.start(opened,
                     ServerSettings.of(host == null ? ServerSettings.DEFAULT_HOST : host, port == null ? ServerSettings.DEFAULT_PORT : port),
                     () -> Folders.of(opened))) {
            System.out.println("Docket is serving " + opened.dataDir() + " at " + Urls.of(host, server.port()));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
