package io.docket.cli;
public class DocketCli { public static void main(String[] a) { System.out.println("docket"); } }
