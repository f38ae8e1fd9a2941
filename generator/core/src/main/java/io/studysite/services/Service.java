package io.studysite.services;

import java.util.List;
import java.util.Optional;

/**
 * One service of the catalog.
 *
 * @param id       stable key, lower case, used in addresses ({@code services/dynamodb.html})
 * @param name     the canonical name, "Amazon DynamoDB"
 * @param shortName what notes call it, "DynamoDB"
 * @param aliases  other names and spellings, found in any case
 * @param acronyms abbreviations, found as written (and capitalised, "Ecs", unless {@code plain})
 * @param parent   the service this is a feature or part of (Aurora → RDS), by id
 * @param former   names it had before (CloudWatch Events for EventBridge), found like aliases
 * @param plain    its short name is an ordinary word (Config, Glue): in text it counts only after
 *                 "AWS" or "Amazon"; in headings it always counts
 * @param exams    the exams whose guides put it in scope
 * @param tool     it is a way to use the other services (the CLI, the SDKs, the console): a heading that names
 *                 it says how a task is done, not what the section is about
 */
public record Service(String id, String name, String shortName, List<String> aliases, List<String> acronyms,
                      String category, Optional<String> parent, List<String> former, boolean plain, List<String> exams,
                      boolean tool) {
    public Service {
        aliases = List.copyOf(aliases);
        acronyms = List.copyOf(acronyms);
        former = List.copyOf(former);
        exams = List.copyOf(exams);
    }

    /** Every name that is found in any case: the short and canonical names, aliases, former names. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add(shortName);
        names.add(name);
        names.addAll(aliases);
        names.addAll(former);
        return names;
    }
}
