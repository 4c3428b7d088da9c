package io.docket.extract.trade;

/** True positives, false positives and false negatives, and the precision and recall they give. */
record Score(int tp, int fp, int fn) {
    static final Score ZERO = new Score(0, 0, 0);

    Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** 1.0 when nothing was found: no claim made, none wrong. */
    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
}
