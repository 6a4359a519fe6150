// Checks lambdas that capture an array by copy before an init-capture that
// awaits: natively the array is copied as the closure is built, in the
// order of the captures, so before the await, and what the awaited call
// then writes into the array is not in the closure. The lowering copies
// the array into a field before the await; the function that makes the
// closure copies that field (elements trivially copyable, so the second
// copy cannot be seen). Arrays of ints, of arrays and of a trivially
// copyable struct; a closure called at once and one kept across an await.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

struct Point {
  int x, y;
};

ASL_ASYNC asl::Task<int> change(int (&values)[3]) {
  co_await loop.schedule();
  for (int &v : values)
    v *= 10;
  co_return 7;
}

ASL_ASYNC asl::Task<int> move_all(Point (&points)[2]) {
  co_await loop.schedule();
  points[0].x = points[1].y = 99;
  co_return 1;
}

ASL_ASYNC asl::Task<int> run() {
  int values[3] = {1, 2, 3};
  auto sum = [values, n = co_await change(values)] {
    return values[0] + values[1] + values[2] + n;
  };
  std::printf("  sum() = %d, values[0] = %d\n", sum(), values[0]);

  int grid[2][2] = {{1, 2}, {3, 4}};
  Point points[2] = {{1, 2}, {3, 4}};
  auto corner = [grid, &points, points_copy = points[0],
                 m = co_await move_all(points)]() mutable {
    grid[0][0] += m;
    return grid[0][0] * 1000 + points_copy.x * 100 + points[0].x;
  };
  co_await loop.schedule();
  int first = corner();
  std::printf("  corner() = %d, then %d\n", first, corner());

  Point copy_before[2] = {{5, 6}, {7, 8}};
  auto far = [copy_before, k = co_await move_all(copy_before)] {
    return copy_before[0].x + copy_before[1].y + k;
  };
  co_await loop.schedule();
  std::printf("  far() = %d, copy_before[0].x = %d\n", far(),
              copy_before[0].x);
  co_return sum() + grid[0][0];
}

int main() { std::printf("run -> %d\n", loop.run([] { return run(); })); }
