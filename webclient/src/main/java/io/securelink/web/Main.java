package io.securelink.web;

/**
 * The page's entry point, compiled by TeaVM into js/securelink.js and started by js/boot.js: an address with a
 * fragment opens the reveal view, any other the create view.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Browser.reloadOnHashChange();
    Dom.hide("loading");
    String fragment = Browser.fragment();
    if (fragment.length() > 1) {
      RevealPage.start(fragment);
    } else {
      CreatePage.start();
    }
  }
}
