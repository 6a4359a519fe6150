// System.Threading.Channels style producer/consumer on a RunLoop: a bounded
// channel, two consumers reading with `while (auto item = co_await
// ch.receive())`, a producer that closes the channel, a completion Event,
// and results gathered in a std::map so the output is deterministic.
#include <asl/channel.h>
#include <asl/run_loop.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <iostream>
#include <map>
#include <memory>
#include <string>

struct Job {
  int id;
  std::unique_ptr<std::string> payload;
};

ASL_ASYNC asl::Task<int> produce(asl::RunLoop &loop, asl::Channel<Job> &ch,
                                 int n) {
  int sent = 0;
  for (int i = 1; i <= n; ++i) {
    auto p = std::make_unique<std::string>("job-" + std::to_string(i));
    co_await ch.send(Job{i, std::move(p)});
    ++sent;
    if (i % 3 == 0)
      co_await loop.schedule();
  }
  ch.close();
  co_return sent;
}

ASL_ASYNC asl::Task<int> consume(asl::RunLoop &loop, asl::Channel<Job> &ch,
                                 std::string name,
                                 std::map<int, std::string> &done) {
  int count = 0;
  while (auto item = co_await ch.receive()) {
    Job job = std::move(*item);
    co_await loop.schedule();
    done[job.id] = name + ":" + *job.payload;
    ++count;
  }
  co_return count;
}

ASL_ASYNC asl::Task<std::string> app(asl::RunLoop &loop) {
  asl::Channel<Job> ch(2);
  std::map<int, std::string> done;
  auto [sent, a, b] = co_await asl::when_all(
      produce(loop, ch, 10), consume(loop, ch, "A", done),
      consume(loop, ch, "B", done));
  std::string summary;
  for (const auto &[id, who] : done)
    summary += std::to_string(id) + "=" + who.substr(2) + " ";
  summary += "| sent " + std::to_string(sent) + " got " +
             std::to_string(a + b);
  co_return summary;
}

int main() {
  asl::RunLoop loop;
  std::string s = loop.run([&] { return app(loop); });
  std::cout << s << "\n";
}
