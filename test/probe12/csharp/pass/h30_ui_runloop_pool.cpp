// A WinForms/WPF-style app: a RunLoop is the UI thread's dispatcher, a
// ThreadPool does background work; handlers hop to the pool with
// configure_await(..., false) semantics and come back to the UI loop with
// `co_await ui.schedule()` before touching UI state; the UI log is only
// written on the loop's thread, so the output is deterministic.
#include <asl/context.h>
#include <asl/run_loop.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>

#include <iostream>
#include <string>
#include <thread>
#include <vector>

struct Ui {
  asl::RunLoop loop;
  std::thread::id thread = std::this_thread::get_id();
  std::vector<std::string> log;
  void write(std::string s) {
    log.push_back((std::this_thread::get_id() == thread ? "ui: " : "BG: ") +
                  std::move(s));
  }
};

ASL_ASYNC asl::Task<long> crunch(asl::ThreadPool &pool, int n) {
  co_await pool.schedule();
  long s = 0;
  for (int i = 0; i < n; ++i)
    s += (i * 31L) % 17;
  co_return s;
}

ASL_ASYNC asl::Task<std::string> on_click(Ui &ui, asl::ThreadPool &pool,
                                          std::string button, int n) {
  ui.write(button + " clicked");
  long r = co_await asl::configure_await(crunch(pool, n), false);
  co_await ui.loop.schedule();
  ui.write(button + " result " + std::to_string(r));
  std::string label;
  try {
    if (r % 2)
      throw std::runtime_error("odd result");
    label = button + ":" + std::to_string(r);
  } catch (const std::exception &e) {
    label = button + ":error " + e.what();
  }
  co_await ui.loop.schedule();
  ui.write("label " + label);
  co_return label;
}

ASL_ASYNC asl::Task<int> app(Ui &ui, asl::ThreadPool &pool) {
  std::vector<asl::Task<std::string>> clicks;
  int n = 1000;
  for (const char *b : {"save", "load", "sync"})
    clicks.push_back(on_click(ui, pool, b, n += 333));
  auto labels = co_await asl::when_all(std::move(clicks));
  co_await ui.loop.schedule();
  int total = 0;
  for (auto &l : labels) {
    ui.write("done " + l);
    total += static_cast<int>(l.size());
  }
  co_return total;
}

int main() {
  Ui ui;
  asl::ThreadPool pool(2);
  int total = ui.loop.run([&] { return app(ui, pool); });
  std::vector<std::string> sorted = ui.log;
  for (auto &l : ui.log)
    if (l.rfind("BG", 0) == 0)
      std::cout << "off-thread write: " << l << "\n";
  std::sort(sorted.begin(), sorted.end());
  for (auto &l : sorted)
    std::cout << l << "\n";
  std::cout << "total " << total << "\n";
}
