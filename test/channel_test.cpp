// channel_test.cpp - asl::Channel<T>: unbounded buffering, a bounded
// channel's back-pressure, the unbuffered rendezvous, close (drain, then the
// end; waiting and later senders fail), cancellable receive and send (a
// cancelled receive takes nothing, a cancelled send delivers nothing),
// move-only values, try_send/try_receive, waiters destroyed while queued,
// and producers and consumers on a pool adding up to a checksum.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "async_test_support.h"

namespace {

using asl::Channel;

asl::Task<void> send_all(Channel<int> &ch, int first, int count) {
  for (int i = first; i != first + count; ++i)
    co_await ch.send(i);
}

asl::Task<std::vector<int>> receive_until_closed(Channel<int> &ch) {
  std::vector<int> got;
  while (std::optional<int> v = co_await ch.receive())
    got.push_back(*v);
  co_return got;
}

asl::Task<std::optional<int>> receive_one(Channel<int> &ch,
                                          asl::CancellationToken token = {}) {
  co_return co_await ch.receive(token);
}

TEST(Channel, UnboundedChannelBuffersEverySend) {
  Channel<int> ch;
  asl::Task<void> sender = send_all(ch, 0, 100);
  EXPECT_TRUE(sender.is_ready());
  EXPECT_EQ(ch.size(), 100u);

  asl::Task<std::vector<int>> receiver = receive_until_closed(ch);
  EXPECT_FALSE(receiver.is_ready()); // drained, waiting for more
  ch.close();
  ASSERT_TRUE(receiver.is_ready());
  std::vector<int> got = std::move(receiver).result();
  ASSERT_EQ(got.size(), 100u);
  for (int i = 0; i != 100; ++i)
    EXPECT_EQ(got[i], i);
}

TEST(Channel, BoundedChannelMakesSendersWaitForRoom) {
  Channel<int> ch(2);
  asl::Task<void> sender = send_all(ch, 0, 5);
  EXPECT_FALSE(sender.is_ready());
  EXPECT_EQ(ch.size(), 2u);

  // Each receive makes room for one more send.
  asl::Task<std::optional<int>> first = receive_one(ch);
  ASSERT_TRUE(first.is_ready());
  EXPECT_EQ(std::move(first).result(), 0);
  EXPECT_EQ(ch.size(), 2u);
  EXPECT_FALSE(sender.is_ready());

  asl::Task<std::vector<int>> rest = receive_until_closed(ch);
  EXPECT_TRUE(sender.is_ready());
  ch.close();
  EXPECT_EQ(std::move(rest).result(), (std::vector<int>{1, 2, 3, 4}));
}

TEST(Channel, UnbufferedChannelHandsEachValueOverInPerson) {
  Channel<int> ch(0);
  asl::Task<void> sender = send_all(ch, 7, 2);
  EXPECT_FALSE(sender.is_ready());
  EXPECT_EQ(ch.size(), 0u);

  asl::Task<std::optional<int>> a = receive_one(ch);
  EXPECT_EQ(std::move(a).result(), 7);
  EXPECT_FALSE(sender.is_ready()); // now waiting with 8
  asl::Task<std::optional<int>> b = receive_one(ch);
  EXPECT_EQ(std::move(b).result(), 8);
  EXPECT_TRUE(sender.is_ready());

  // A receiver that comes first waits for the sender.
  asl::Task<std::optional<int>> c = receive_one(ch);
  EXPECT_FALSE(c.is_ready());
  asl::Task<void> late = send_all(ch, 9, 1);
  EXPECT_TRUE(late.is_ready());
  ASSERT_TRUE(c.is_ready());
  EXPECT_EQ(std::move(c).result(), 9);
}

TEST(Channel, CloseLetsReceiversDrainThenEnds) {
  Channel<int> ch;
  asl::Task<void> sender = send_all(ch, 1, 3);
  EXPECT_TRUE(ch.close());
  EXPECT_FALSE(ch.close());
  EXPECT_TRUE(ch.is_closed());
  EXPECT_EQ(asl::sync_wait(receive_until_closed(ch)),
            (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(asl::sync_wait(receive_one(ch)), std::nullopt);
}

TEST(Channel, CloseWakesWaitingReceiversWithTheEnd) {
  Channel<int> ch;
  asl::Task<std::optional<int>> a = receive_one(ch);
  asl::Task<std::optional<int>> b = receive_one(ch);
  EXPECT_FALSE(a.is_ready() || b.is_ready());
  ch.close();
  EXPECT_EQ(asl::sync_wait(std::move(a)), std::nullopt);
  EXPECT_EQ(asl::sync_wait(std::move(b)), std::nullopt);
}

TEST(Channel, SendingOnAClosedChannelFails) {
  Channel<int> ch(1);
  asl::Task<void> waiting = send_all(ch, 0, 2); // the second send waits
  EXPECT_FALSE(waiting.is_ready());
  ch.close();
  ASSERT_TRUE(waiting.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(waiting)), asl::channel_closed);
  EXPECT_THROW(asl::sync_wait(send_all(ch, 5, 1)), asl::channel_closed);
  int value = 3;
  EXPECT_THROW(ch.try_send(value), asl::channel_closed);
  // The value buffered before closing is still there.
  EXPECT_EQ(asl::sync_wait(receive_one(ch)), 0);
}

TEST(Channel, CancelledReceiveTakesNoValue) {
  Channel<int> ch;
  asl::CancellationSource source;
  asl::Task<std::optional<int>> waiting = receive_one(ch, source.token());
  EXPECT_FALSE(waiting.is_ready());
  source.cancel();
  ASSERT_TRUE(waiting.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(waiting)), asl::operation_cancelled);

  // The value sent afterwards goes to the next receiver.
  asl::sync_wait(send_all(ch, 42, 1));
  EXPECT_EQ(asl::sync_wait(receive_one(ch)), 42);
}

TEST(Channel, ReceiveWithACancelledTokenFailsEvenWithValuesBuffered) {
  Channel<int> ch;
  asl::sync_wait(send_all(ch, 1, 1));
  asl::CancellationSource source;
  source.cancel();
  EXPECT_THROW(asl::sync_wait(receive_one(ch, source.token())),
               asl::operation_cancelled);
  EXPECT_EQ(ch.size(), 1u); // not taken
}

asl::Task<void> send_one(Channel<int> &ch, int value,
                         asl::CancellationToken token) {
  co_await ch.send(value, token);
}

TEST(Channel, CancelledSendDeliversNothing) {
  Channel<int> ch(0);
  asl::CancellationSource source;
  asl::Task<void> sending = send_one(ch, 1, source.token());
  EXPECT_FALSE(sending.is_ready());
  source.cancel();
  EXPECT_THROW(asl::sync_wait(std::move(sending)), asl::operation_cancelled);
  EXPECT_EQ(ch.try_receive(), std::nullopt);
}

asl::Task<std::unique_ptr<std::string>>
receive_pointer(Channel<std::unique_ptr<std::string>> &ch) {
  std::optional<std::unique_ptr<std::string>> v = co_await ch.receive();
  co_return v ? std::move(*v) : nullptr;
}

TEST(Channel, CarriesMoveOnlyValues) {
  Channel<std::unique_ptr<std::string>> ch(0);
  asl::Task<std::unique_ptr<std::string>> receiver = receive_pointer(ch);
  auto value = std::make_unique<std::string>("payload");
  EXPECT_TRUE(ch.try_send(value));
  EXPECT_EQ(value, nullptr);
  std::unique_ptr<std::string> got = asl::sync_wait(std::move(receiver));
  ASSERT_NE(got, nullptr);
  EXPECT_EQ(*got, "payload");
}

TEST(Channel, TrySendAndTryReceiveNeverWait) {
  Channel<int> ch(1);
  int a = 1, b = 2;
  EXPECT_TRUE(ch.try_send(a));
  EXPECT_FALSE(ch.try_send(b)); // full
  EXPECT_EQ(ch.try_receive(), 1);
  EXPECT_EQ(ch.try_receive(), std::nullopt);

  // try_receive takes from a waiting sender too.
  asl::Task<void> sender = send_all(ch, 10, 2);
  EXPECT_FALSE(sender.is_ready());
  EXPECT_EQ(ch.try_receive(), 10);
  EXPECT_TRUE(sender.is_ready());
  EXPECT_EQ(ch.try_receive(), 11);
}

TEST(Channel, DestroyedWaitingReceiverLeavesTheQueue) {
  Channel<int> ch;
  {
    asl::Task<std::optional<int>> doomed = receive_one(ch);
    EXPECT_FALSE(doomed.is_ready());
  }
  asl::Task<std::optional<int>> kept = receive_one(ch);
  asl::sync_wait(send_all(ch, 5, 1));
  ASSERT_TRUE(kept.is_ready());
  EXPECT_EQ(std::move(kept).result(), 5);
}

asl::Task<std::uint64_t> produce(asl::ThreadPool &pool, Channel<int> &ch,
                                 int first, int count) {
  co_await pool.schedule();
  std::uint64_t sum = 0;
  for (int i = first; i != first + count; ++i) {
    co_await ch.send(i);
    sum += static_cast<std::uint64_t>(i);
  }
  co_return sum;
}

asl::Task<std::uint64_t> consume(asl::ThreadPool &pool, Channel<int> &ch) {
  co_await pool.schedule();
  std::uint64_t sum = 0;
  while (std::optional<int> v = co_await ch.receive())
    sum += static_cast<std::uint64_t>(*v);
  co_return sum;
}

asl::Task<std::uint64_t> pipeline(asl::ThreadPool &pool, Channel<int> &ch,
                                  int producers, int consumers, int each) {
  std::vector<asl::Task<std::uint64_t>> sent;
  std::vector<asl::Task<std::uint64_t>> received;
  for (int c = 0; c != consumers; ++c)
    received.push_back(consume(pool, ch));
  for (int p = 0; p != producers; ++p)
    sent.push_back(produce(pool, ch, p * each, each));
  std::vector<std::uint64_t> sent_sums =
      co_await asl::when_all(std::move(sent));
  ch.close();
  std::vector<std::uint64_t> got = co_await asl::when_all(std::move(received));
  std::uint64_t total = 0;
  for (std::uint64_t s : got)
    total += s;
  std::uint64_t expected = 0;
  for (std::uint64_t s : sent_sums)
    expected += s;
  co_return total == expected ? total : 0;
}

// Four producers and three consumers on pools of 1, 2 and 8 workers, over
// unbounded, bounded and unbuffered channels: every value arrives once.
TEST(Channel, ProducersAndConsumersOnAPoolAddUp) {
  const int each = static_cast<int>(asl_test::scaled(5000));
  const std::uint64_t n = 4 * static_cast<std::uint64_t>(each);
  for (unsigned workers : {1u, 2u, 8u}) {
    for (std::size_t capacity :
         {Channel<int>::unbounded, std::size_t{16}, std::size_t{0}}) {
      SCOPED_TRACE(testing::Message()
                   << workers << " workers, capacity " << capacity);
      Channel<int> ch(capacity);
      asl::ThreadPool pool(workers);
      asl_test::pool_watchdog watchdog(pool);
      EXPECT_EQ(asl::sync_wait(pipeline(pool, ch, 4, 3, each)),
                n * (n - 1) / 2);
    }
  }
}

} // namespace
