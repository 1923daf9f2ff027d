// Starts the TeaVM bundle. A file of its own, because the page's CSP allows no inline script.
main();
