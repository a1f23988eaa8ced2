def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ') && log.contains('k8s/rules.yaml:')
assert log.contains('monitoring-as-code check failed (failOn error)')
def json = new File(basedir, 'target/monitoring-as-code-check.json').text
assert json.contains('"file" : ') && json.contains('rules.yaml')
assert json.contains('"severity" : "error"')
assert new File(basedir, 'target/monitoring-as-code-check.sarif').text.contains('"version" : "2.1.0"')
return true
