console.log("test site");
