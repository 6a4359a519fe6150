// Checks lambdas, not kept across an await, that capture a lifted local
// array by copy: natively the closure's member is an array of the same
// type, copied element by element, so a mutable lambda's writes stay in
// the closure, later writes to the local do not reach it, and sizeof,
// decltype and range-for see the array. Explicit captures and [=], in
// mutable and const lambdas; arrays of arrays, of a class whose copies
// print, const arrays, a reference to an array (its capture copies the
// array), a structured binding that names an array, nested lambdas, a
// lambda in an awaited call's argument, copies made before an
// init-capture that awaits, in kept lambdas, a template and a generic
// lambda.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <type_traits>

asl::RunLoop loop;

struct Noisy {
  int v;
  Noisy(int value) : v(value) {}
  Noisy(const Noisy &other) : v(other.v + 100) {
    std::printf("  copy Noisy %d\n", other.v);
  }
};

struct Holder {
  int parts[2];
  int tag;
};

ASL_ASYNC asl::Task<int> bump(int (&values)[2]) {
  co_await loop.schedule();
  values[0] += 1000;
  co_return 5;
}

template <typename F> ASL_ASYNC asl::Task<int> call(F f) {
  co_await loop.schedule();
  co_return f();
}

template <typename T> ASL_ASYNC asl::Task<int> in_template(T seed) {
  T arr[2] = {seed, seed + 1};
  co_await loop.schedule();
  int got = [arr]() mutable {
    arr[0] = 9;
    return arr[0] + int(sizeof(arr));
  }();
  co_return got * 100 + arr[0];
}

ASL_ASYNC asl::Task<int> run() {
  int arr[2] = {1, 2};
  co_await loop.schedule();
  {
    auto f = [arr]() mutable {
      arr[0] = 9;
      return arr[0] * 10 + arr[1];
    };
    arr[1] = 8;
    std::printf("explicit mutable: %d, arr = %d %d\n", f(), arr[0], arr[1]);
    std::printf("  again: %d\n", f());

    auto g = [=] {
      int sum = 0;
      for (int v : arr)
        sum += v;
      return sum * 100 + int(sizeof(arr)) +
             int(std::is_same_v<decltype(arr), int[2]>) * 10000 +
             int(std::is_same_v<decltype((arr)), const int(&)[2]>) * 20000;
    };
    arr[0] = 40;
    std::printf("implicit const: %d\n", g());
    auto h = [=]() mutable {
      int *p = arr;
      p[1] = 77;
      return arr[1] + int(sizeof(arr) / sizeof(arr[0]));
    };
    std::printf("implicit mutable: %d, arr[1] = %d\n", h(), arr[1]);
  }

  int grid[2][3] = {{1, 2, 3}, {4, 5, 6}};
  co_await loop.schedule();
  {
    auto k = [grid]() mutable {
      grid[1][2] = 60;
      return grid[0][0] + grid[1][2] + int(sizeof(grid));
    };
    std::printf("grid: %d, grid[1][2] = %d\n", k(), grid[1][2]);
  }

  Noisy noisy[2] = {Noisy(1), Noisy(2)};
  co_await loop.schedule();
  {
    std::printf("noisy:\n");
    auto n = [noisy]() mutable {
      noisy[0].v = -1;
      return noisy[0].v + noisy[1].v;
    };
    std::printf("  n() = %d, noisy[0].v = %d\n", n(), noisy[0].v);
  }

  const int fixed[3] = {3, 4, 5};
  co_await loop.schedule();
  {
    auto c = [fixed]() mutable {
      return int(std::is_const_v<std::remove_reference_t<decltype(fixed[0])>>) *
                 100 +
             fixed[2];
    };
    std::printf("const: %d\n", c());
  }

  int(&ref)[2] = arr;
  co_await loop.schedule();
  {
    auto r = [ref]() mutable {
      ref[0] = -5;
      return ref[0] + int(sizeof(ref));
    };
    std::printf("reference: %d, arr[0] = %d\n", r(), arr[0]);
  }

  Holder holder{{11, 12}, 13};
  auto [parts, tag] = holder;
  co_await loop.schedule();
  {
    auto b = [parts, tag]() mutable {
      parts[0] = 0;
      return parts[1] + tag + int(sizeof(parts));
    };
    std::printf("binding: %d, parts[0] = %d\n", b(), parts[0]);
  }

  {

    auto outer = [arr] {
      auto inner = [arr]() mutable {
        arr[1] = 123;
        return arr[1];
      };
      return inner() + arr[1];
    };
    auto around = [&] {
      return [arr]() mutable {
        arr[0] = 321;
        return arr[0];
      }() + arr[0];
    };
    std::printf("nested: %d %d, arr = %d %d\n", outer(), around(), arr[0],
                arr[1]);
  }

  int awaited = co_await call([arr]() mutable {
    arr[0] = 1;
    return arr[0] + arr[1];
  });
  std::printf("argument: %d, arr[0] = %d\n", awaited, arr[0]);

  int early = [arr, m = co_await bump(arr)]() mutable {
    arr[1] += m;
    return arr[0] + arr[1] + int(sizeof(arr));
  }();
  std::printf("early: %d, arr = %d %d\n", early, arr[0], arr[1]);
  {
    auto late = [=, m = co_await bump(arr)] { return arr[0] + m; };
    arr[0] = 0;
    std::printf("late: %d\n", late());
  }
  auto kept = [&] {
    return [arr]() mutable {
      arr[0] = 9;
      return arr[0];
    }() + arr[0];
  };
  auto kept_copy = [=] {
    return [arr]() mutable {
      arr[0] = 7;
      return arr[0];
    }() + arr[0];
  };
  co_await loop.schedule();
  std::printf("kept: %d %d, arr[0] = %d\n", kept(), kept_copy(), arr[0]);
  std::printf("template: %d\n", co_await in_template(3));
  {
    auto generic = [arr](auto add) mutable {
      arr[1] += add;
      return arr[1];
    };
    std::printf("generic: %d, arr[1] = %d\n", generic(5), arr[1]);
  }
  co_return arr[0] + arr[1];
}

int main() {
  std::printf("run -> %d\n", loop.run([] { return run(); }));
}
