def log = new File(basedir, 'build.log').text
assert log.contains("Tidemark's annotation processor did not run")
assert log.contains('Pin maven-compiler-plugin to 3.14.0')
return true
