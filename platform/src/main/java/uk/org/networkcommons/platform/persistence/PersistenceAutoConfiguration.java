package uk.org.networkcommons.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.Identifier;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;

/**
 * Stores typed ids as plain strings so documents stay readable and queryable ({@code memberships.organisationId: "..."})
 * instead of nesting {@code {value: "..."}} objects. Runs before Boot's Mongo mapping so its conversions are the ones used.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoCustomConversions.class)
public class PersistenceAutoConfiguration {

    /** Every typed id of the platform and how to make one from its string form. */
    static final Map<Class<? extends Identifier>, Function<String, ? extends Identifier>> IDENTIFIERS = Map.of(
            NetworkId.class, NetworkId::new,
            OrganisationId.class, OrganisationId::new,
            UserId.class, UserId::new,
            LaCode.class, LaCode::new,
            WorkshopId.class, WorkshopId::new,
            ActionId.class, ActionId::new);

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new IdentifierWriting(), new IdentifierReading()));
    }

    @WritingConverter
    static final class IdentifierWriting implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return IDENTIFIERS.keySet().stream().map(type -> new ConvertiblePair(type, String.class))
                    .collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : ((Identifier) source).value();
        }
    }

    @ReadingConverter
    static final class IdentifierReading implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return IDENTIFIERS.keySet().stream().map(type -> new ConvertiblePair(String.class, type))
                    .collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : IDENTIFIERS.get(targetType.getType()).apply((String) source);
        }
    }
}
