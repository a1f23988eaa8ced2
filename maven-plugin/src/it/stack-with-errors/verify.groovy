assert !new File(basedir, 'k8s').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] k8s/shop/prometheusrule-shop-rules.yaml:/metadata/labels: error [wiring/selection-label]')
assert log.contains('Hint: ')
assert log.contains('nothing was written')
assert new File(basedir, 'target/monitoring-as-code.json').text.contains('"ruleId" : "wiring/selection-label"')
assert new File(basedir, 'target/monitoring-as-code.sarif').text.contains('"ruleId" : "wiring/selection-label"')
return true
