package io.docket.customer;

import io.docket.config.CustomerConfig;
import io.docket.config.TradeConfig;
import io.docket.model.Address;
import io.docket.model.ParsedMessage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who is a customer. Our own domains are the company; every other correspondent belongs to a customer:
 * the one docket.yml names for its domain or address, else one named after its domain, or after the
 * address itself for free-mail domains, where a domain says nothing about the company. Immutable.
 */
public final class CustomerDirectory {
    /** Public mail services: one customer per address, not per domain. */
    public static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
            "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me", "zoho.com", "mail.com", "gmx.com",
            "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com",
            "139.com", "tom.com", "21cn.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "freenet.de", "mail.ru",
            "yandex.ru", "yandex.com", "naver.com", "hanmail.net", "daum.net", "yahoo.co.jp", "rediffmail.com",
            "libero.it", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "terra.com.br", "uol.com.br", "bol.com.br",
            "hotmail.es", "hotmail.fr", "hotmail.co.uk", "hotmail.de", "outlook.de", "outlook.es", "yahoo.es",
            "yahoo.fr", "yahoo.de", "yahoo.co.uk", "yahoo.com.br", "btinternet.com", "seznam.cz", "wp.pl", "o2.pl");

    /** A customer: its stable id (used in {@code customer:} and URLs), display name and what belongs to it. */
    public record Customer(String id, String name, List<String> domains, List<String> addresses, boolean configured) {}

    private final List<String> companyDomains;
    private final List<Customer> configured;
    /** Folded chat sender names and phone digits → configured customer. */
    private final Map<String, Customer> chatSenders;

    public CustomerDirectory(TradeConfig config) {
        this.companyDomains = config.companyDomains();
        List<Customer> named = new ArrayList<>();
        Map<String, Customer> senders = new HashMap<>();
        for (CustomerConfig c : config.customers()) {
            Customer customer = new Customer(slug(c.name()), c.name(), c.domains(), c.addresses(), true);
            named.add(customer);
            for (String chatName : c.chatNames()) senders.putIfAbsent(foldName(chatName), customer);
            for (String phone : c.phones()) if (!phoneKey(phone).isEmpty()) senders.putIfAbsent(phoneKey(phone), customer);
        }
        this.configured = List.copyOf(named);
        this.chatSenders = Map.copyOf(senders);
    }

    public static CustomerDirectory empty() {
        return new CustomerDirectory(TradeConfig.DEFAULTS);
    }

    public List<String> companyDomains() {
        return companyDomains;
    }

    public boolean isCompany(Address address) {
        return matchesDomain(address.domain(), companyDomains);
    }

    /** The customer an address belongs to; empty for our own people and for addresses without a domain. */
    public Optional<Customer> customerOf(Address address) {
        String domain = address.domain();
        if (domain.isEmpty() || isCompany(address)) return Optional.empty();
        String addr = address.address().toLowerCase(Locale.ROOT);
        for (Customer c : configured) if (c.addresses().contains(addr)) return Optional.of(c);
        for (Customer c : configured) if (matchesDomain(domain, c.domains())) return Optional.of(c);
        if (FREE_MAIL.contains(domain)) {
            String name = address.name().isEmpty() ? addr : address.name();
            return Optional.of(new Customer(addr, name, List.of(), List.of(addr), false));
        }
        return Optional.of(new Customer(domain, domain, List.of(domain), List.of(), false));
    }

    /** Customer ids of everyone on the message outside the company, sender first, without repeats. */
    public List<String> customersOf(ParsedMessage message) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(List.of(message.from()), message.to(), message.cc(), message.bcc()).flatMap(List::stream)
                .forEach(a -> customerOf(a).ifPresent(c -> ids.add(c.id())));
        return List.copyOf(ids);
    }

    /** A customer by id: the configured one, or the one an id names by its domain or free-mail address. */
    public Optional<Customer> byId(String id) {
        for (Customer c : configured) if (c.id().equals(id)) return Optional.of(c);
        if (id.indexOf('@') > 0) return customerOf(new Address("", id));
        if (id.indexOf('.') > 0) return customerOf(new Address("", "x@" + id)).filter(c -> c.id().equals(id));
        return Optional.empty();
    }

    /**
     * The configured customer a chat sender belongs to: by a name in its {@code chatNames} (without case,
     * accents or extra spaces) or, when the sender is a phone number, by the digits of one of its {@code phones}.
     */
    public Optional<Customer> customerOfChatSender(String sender) {
        if (sender == null || sender.isBlank()) return Optional.empty();
        String phone = phoneKey(sender);
        if (!phone.isEmpty() && chatSenders.containsKey(phone)) return Optional.of(chatSenders.get(phone));
        return Optional.ofNullable(chatSenders.get(foldName(sender)));
    }

    /** A customer as a person names it: its id, or a configured customer's name ("Müller GmbH", "muller-gmbh"). */
    public Optional<Customer> find(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) return Optional.empty();
        String wanted = nameOrId.strip();
        for (Customer c : configured) if (c.id().equals(wanted) || foldName(c.name()).equals(foldName(wanted))) return Optional.of(c);
        return byId(wanted.toLowerCase(Locale.ROOT));
    }

    public List<Customer> configured() {
        return configured;
    }

    /** "Hans  MÜLLER" and "hans müller" alike: NFKD without marks, lower case, single spaces. */
    static String foldName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    /** The digits of something written as a phone number ("+49 40 3098-7654", "0049 40…"), or "" when it is not one. */
    static String phoneKey(String text) {
        String t = text.strip();
        if (!t.matches("\\+?[0-9 ()./\\-\\u00A0\\u202F]{5,40}")) return "";
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) digits = digits.substring(2);
        return digits.length() < 5 ? "" : "tel:" + digits;
    }

    private static boolean matchesDomain(String domain, List<String> domains) {
        if (domain.isEmpty()) return false;
        for (String d : domains) if (domain.equals(d) || domain.endsWith("." + d)) return true;
        return false;
    }

    /** "Müller GmbH" → "muller-gmbh": stable, URL- and query-safe. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
    }
}
