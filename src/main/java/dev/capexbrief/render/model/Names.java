package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Company names for ids, looked up through one map (a total can list 20,000 companies). */
final class Names {
    private Names() {
    }

    static List<String> of(Briefing b, List<String> ids) {
        Map<String, String> byId = new HashMap<>();
        for (CompanyProfile p : b.companies()) {
            byId.putIfAbsent(p.id(), p.name());
        }
        return ids.stream().map(id -> byId.getOrDefault(id, id)).toList();
    }
}
