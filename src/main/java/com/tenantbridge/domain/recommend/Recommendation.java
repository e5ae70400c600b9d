package com.tenantbridge.domain.recommend;

import com.tenantbridge.domain.scenario.Scenario;
import java.util.List;

/** One scenario's place in the ranking, with every reason that put it there. */
public record Recommendation(int rank, Scenario scenario, Fit fit, int score, List<Reason> reasons) {
    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    public boolean ruledOut() {
        return fit == Fit.NOT_SUITABLE;
    }
}
