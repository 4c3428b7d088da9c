package io.docket.ingest;

import io.docket.model.ParseWarning;
import io.docket.model.Place;
import io.docket.model.Sha256;
import java.util.List;

/** What happened to one original handed to the pipeline. Bad input is an outcome, never an exception. */
public sealed interface IngestOutcome {
    Place place();

    /** A message the archive did not hold; archived and indexed (with warnings where parts could not be read). */
    record Archived(String id, Sha256 sha256, Place place, List<ParseWarning> warnings) implements IngestOutcome {}

    /** Other bytes of a message already archived (same Message-ID): kept as one more raw variant. */
    record NewVariant(String id, Sha256 sha256, Place place, List<ParseWarning> warnings) implements IngestOutcome {}

    /** The same bytes already archived, now seen in another place (e.g. INBOX and Sent). */
    record SeenAgain(String id, Sha256 sha256, Place place) implements IngestOutcome {}

    /** The same bytes at the same place: a re-import, nothing to do. */
    record AlreadyArchived(String id, Sha256 sha256, Place place) implements IngestOutcome {}

    /** The original could not be archived at all (store or index failure); the import stops after it. */
    record Failed(Place place, String reason) implements IngestOutcome {}
}
