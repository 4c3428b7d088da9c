package io.docket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperatorRegistryTest {
    @Test
    void defaultsHoldTheBuiltInOperators() {
        OperatorRegistry registry = OperatorRegistry.defaults();
        assertEquals(Set.of("from", "to", "cc", "bcc", "subject", "body", "attachment", "filename", "folder", "lang",
                        "thread", "id", "has", "after", "before", "date", "order", "customer", "clause", "source"),
                registry.operators().stream().map(Operator::name).collect(Collectors.toSet()));
        assertEquals(Optional.of(Operator.Kind.ADDRESS), registry.kindOfField("from"));
        assertEquals(Optional.of(Operator.Kind.DATE_AFTER), registry.lookup("AFTER").map(Operator::kind));
        assertEquals(Optional.empty(), registry.lookup("https"));
    }

    @Test
    void rejectsRegisteringANameTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatorRegistry.defaults().with(Operator.text("from")));
        assertEquals("operator already registered: from", e.getMessage());
    }

    @Test
    void rejectsOneFieldWithTwoKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatorRegistry.defaults().with(new Operator("sender", Operator.Kind.KEYWORD, "from", false, Set.of())));
        assertEquals("field from registered both as ADDRESS and as KEYWORD (operator sender)", e.getMessage());
    }

    @Test
    void anAliasSharesItsField() {
        OperatorRegistry registry = OperatorRegistry.defaults()
                .with(new Operator("subj", Operator.Kind.TEXT, "subject", false, Set.of()));
        DocketQueryParser parser = new DocketQueryParser(registry, QueryParserConfig.defaults());
        assertEquals(new QueryNode.Word("subject", "offer", false), parser.parse("subj:offer"));
    }

    @Test
    void rejectsOperatorNamesThatCannotBeTyped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Operator.text("Order No"));
        assertEquals("operator name must be lower-case letters, digits or _, was Order No", e.getMessage());
    }
}
