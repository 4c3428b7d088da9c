package io.docket.bench.trade;

/**
 * The languages of the generated correspondence, each with the Content-Transfer-Encoding its mailers
 * typically use (German clients quoted-printable, Chinese ones base64), so the parser sees all of them.
 */
enum Lang {
    EN("7bit"), DE("quoted-printable"), ES("8bit"), ZH("base64");

    final String transferEncoding;

    Lang(String transferEncoding) {
        this.transferEncoding = transferEncoding;
    }
}
