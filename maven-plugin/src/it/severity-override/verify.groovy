assert new File(basedir, 'k8s/shop/prometheusrule-shop-rules.yaml').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] k8s/shop/prometheusrule-shop-rules.yaml:/metadata/labels: warning [wiring/selection-label]')
assert new File(basedir, 'target/monitoring-as-code.json').text.contains('"severity" : "warning"')
return true
