# The README's first look as a script: hybridbench run examples/first-look.hb (or 'source' it).
load demo
addr 169.254.0.1
set rules azure-2014
check addresses
analyze unattend app1
walk start domain-join
