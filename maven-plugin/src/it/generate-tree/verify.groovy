def k8s = new File(basedir, 'k8s')
assert new File(k8s, 'kustomization.yaml').isFile()
def rule = new File(k8s, 'shop/prometheusrule-shop-rules.yaml')
assert rule.isFile()
assert rule.text.contains('alert: ShopDown')
assert new File(basedir, 'target/monitoring-as-code.json').text.trim() == '[ ]'
assert new File(basedir, 'target/monitoring-as-code.sarif').text.contains('"version" : "2.1.0"')
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0')
assert log.contains('2 written, 0 unchanged, 0 deleted')
assert log.contains('0 written, 2 unchanged, 0 deleted')
return true
