package io.docket.extract.trade;

/** The kinds of commercial term a sentence in trade mail states or changes. */
public enum ClauseType {
    PAYMENT, INCOTERM, DELIVERY, PRICE, QUANTITY, QUALITY, CLAIM, CANCELLATION, PACKAGING
}
