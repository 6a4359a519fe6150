module asl-bench

go 1.19
