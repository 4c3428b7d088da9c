package io.docket.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.docket.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON encoding of store values. Dates keep the sender's own offset (never normalised to UTC). */
public final class StoreCodec {
    private static final ObjectMapper MAPPER = newMapper();

    private StoreCodec() {}

    public static ObjectMapper newMapper() {
        SimpleModule sha = new SimpleModule("sha256");
        sha.addSerializer(Sha256.class, new JsonSerializer<>() {
            @Override
            public void serialize(Sha256 value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.hex());
            }
        });
        sha.addDeserializer(Sha256.class, new JsonDeserializer<>() {
            @Override
            public Sha256 deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return new Sha256(p.getValueAsString());
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(sha)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T decode(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt store value for " + type.getSimpleName(), e);
        }
    }
}
