assert !new File(basedir, 'k8s').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] k8s/values/kube-prometheus-stack.yaml:/prometheus/prometheusSpec/storageSpec: warning [production/persistence]')
assert log.contains('nothing was written')
return true
